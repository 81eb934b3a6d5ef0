from credscore.cli import main

raise SystemExit(main())
