"""Custom actions of the screening assistant. Modules do no work at import time."""
