## start: the start page, its scenario gallery and the guided tour
