"""The corpus as a whole: the document list, import, corpus search, agencies and aliases."""
