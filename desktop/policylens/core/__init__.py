"""The domain core: decoding, cleaning, outline, agencies and metadata. No Qt here."""
