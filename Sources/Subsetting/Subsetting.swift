// Subsetting: choosing a subset of activators for each revision (pure).
