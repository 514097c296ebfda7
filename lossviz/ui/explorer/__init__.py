"""The loss explorer: the controller that holds its one state, the view
that lays it out (``view``: slider column, three plots, the numbers), the
toolbar's controls (mode, classes, target, worked example), and the views
of that state (class sliders, the typed vector, the plots, the losses
read-out and the worked-example table).  The window around it is
``lossviz.ui.main_window``."""
