"""Starts the rasa-sdk action server, without TensorFlow.

thinc (under spaCy) imports TensorFlow as soon as it is installed, and it is installed because the
Rasa server's DIET needs it. The actions never use it; keeping it out of this process saves most
of its memory and seconds of start-up (see the note in README, "Performance").
"""

import sys

sys.modules["tensorflow"] = None  # `import tensorflow` now fails at once, and thinc goes without

from rasa_sdk.__main__ import main  # noqa: E402  (must come after the line above)

if __name__ == "__main__":
    main()
