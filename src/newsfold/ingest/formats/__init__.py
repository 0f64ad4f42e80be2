"""One module per input format; each turns bytes (or a byte stream) into RawRecords and Skips.

jsonl.py  JSON lines (streamed line by line), a JSON array (streamed element by element),
          a single JSON document; the contract's record fields
text.py   a plain-text article: metadata header, title line, body
html.py   one HTML page (decoded; extraction happens in `clean_record`)
feed.py   RSS and Atom: one record per item
warc.py   WARC: one record per HTML response
"""
