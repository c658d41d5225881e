"""PyInstaller hook: sqlcipher3's engine.

The sqlcipher3 wheel carries SQLCipher 4 and OpenSSL statically linked into one extension
module, sqlcipher3._sqlite3, loaded by sqlcipher3.dbapi2. Listing both keeps the engine in the
bundle even if the package changes how it imports it; without it the application refuses to
start ("not SQLCipher 4"), which the smoke check would catch.
"""

hiddenimports = ["sqlcipher3.dbapi2", "sqlcipher3._sqlite3"]
