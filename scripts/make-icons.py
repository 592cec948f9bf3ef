# Draws the toolbar and store icons (a target: rings around a dot) as PNGs with the standard
# library only, so the icons are reproducible and need no image tools: python3 scripts/make-icons.py
import struct, zlib, math, os

BLUE, WHITE = (58, 109, 240), (255, 255, 255)

def pixel(x, y, n):
    c = (n - 1) / 2
    r = math.hypot(x - c, y - c) / (n / 2)  # 0 at the centre, 1 at the edge
    if r > 0.98: return (0, 0, 0, 0)
    if r < 0.22 or 0.42 < r < 0.62 or r > 0.80: return (*BLUE, 255)
    return (*WHITE, 255)

def png(n):
    rows = b''.join(b'\x00' + b''.join(bytes(pixel(x, y, n)) for x in range(n)) for y in range(n))
    chunk = lambda t, d: struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', n, n, 8, 6, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(rows, 9)) + chunk(b'IEND', b'')

out = os.path.join(os.path.dirname(__file__), '..', 'extension', 'public', 'icon')
os.makedirs(out, exist_ok=True)
for n in (16, 32, 48, 128):
    with open(os.path.join(out, f'{n}.png'), 'wb') as f: f.write(png(n))
