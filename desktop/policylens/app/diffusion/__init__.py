"""The Diffusion menu's windows: adoption timelines, the lineage graph, novelty, tasks, co-assignment."""
