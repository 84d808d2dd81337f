"""What every feature's widgets share: background work, file dialogs, offsets, styles, fonts."""
