from desktop.cli import main

if __name__ == "__main__":  # not when a second process (a file reader) imports it
    raise SystemExit(main())
