## help: the Help window: the getting-started pages for students

## Help window: the reference under the guide
help-in-depth = بالتفصيل
help-formula = بالتفصيل: الصيغة
