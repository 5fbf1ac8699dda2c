## layout: the main window at laptop sizes: folded legend, timeline labels
