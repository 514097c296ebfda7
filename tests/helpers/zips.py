"""Zip files as an attacker would shape them."""


def with_flags(data: bytes, flag_bits: int) -> bytes:
    """``data``, a zip file, with ``flag_bits`` set in every local and central
    header's general-purpose flags (bit 0: encrypted)."""
    data = bytearray(data)
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (start := data.find(signature, start)) >= 0:
            data[start + offset] |= flag_bits
            start += 4
    return bytes(data)
