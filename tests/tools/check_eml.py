#!/usr/bin/env python3
"""check_eml.py EML COPY: the draft parses, is marked unsent, and carries COPY byte for byte."""
import email
import sys
from email import policy

with open(sys.argv[1], 'rb') as f:
    message = email.message_from_binary_file(f, policy=policy.default)
assert message['X-Unsent'] == '1', 'X-Unsent missing'
assert 'Voorbeeldstad' in str(message['Subject']), 'subject'
attachments = [part for part in message.iter_attachments()]
assert len(attachments) == 1, 'one attachment expected'
with open(sys.argv[2], 'rb') as f:
    assert attachments[0].get_payload(decode=True) == f.read(), 'attachment differs from the copy'
print('eml ok')
