"""Help: shortcuts, the key to the reader's marks, the tour and About."""
