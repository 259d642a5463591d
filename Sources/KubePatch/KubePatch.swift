// KubePatch: merge, JSON, strategic-merge and server-side-apply patches over JSONValue (pure).
