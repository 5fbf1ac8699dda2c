## help: the Help window: the getting-started pages for students
