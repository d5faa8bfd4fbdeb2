// The story page's script.
