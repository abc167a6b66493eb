"""Builds the lambda bundle; nothing to do with CDKTF, so cdktf-fix leaves it to ruff."""
import os
import sys
import zipfile


def main():
    with zipfile.ZipFile("bundle.zip", "w") as z:
        z.write("handler.py")


if __name__ == "__main__":
    main()
