"""Reading one document: the reader pane, its outline, raw view, find bar, info panel and history."""
