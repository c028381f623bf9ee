"""Use cases a clerk performs. Each public function is one transaction. No Qt."""
