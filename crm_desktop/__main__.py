"""``python -m crm_desktop``: start the program."""

import sys

from crm_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
