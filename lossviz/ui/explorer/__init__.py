"""The loss explorer: its main window, the controller that holds its one
state, and the views of that state (class sliders, the typed vector, the
three plots, the losses read-out and the worked-example table)."""
