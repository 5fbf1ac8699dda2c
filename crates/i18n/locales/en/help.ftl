## help: the Help window: the getting-started pages for students

## Help window: the reference under the guide
help-in-depth = In depth
help-formula = In depth: formula
