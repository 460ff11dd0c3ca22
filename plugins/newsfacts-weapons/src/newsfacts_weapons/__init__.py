"""newsfacts-weapons: a built-in newsfacts plugin."""
