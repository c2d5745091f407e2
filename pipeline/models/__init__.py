"""Label models: one interface (fit / predict_proba / save / load) so aggregators swap."""
