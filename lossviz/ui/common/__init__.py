"""What every part of the window shares: the themes and styles, the
translation helpers, the plot kit, exporting pictures and the settings
file.  Nothing here knows the explorer, the MNIST panel or the window."""
