## notices
