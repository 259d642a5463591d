"""Reads the protobuf descriptors and Go struct tags that a kubectl binary carries.

kubectl embeds, for every Kubernetes API package, the gzipped FileDescriptorProto of its
generated.proto (field numbers and proto types) and, as Go reflection data, the struct tags of
the Go types (JSON names, omitempty, pointer-ness, inline embedding). Both are read straight from
the ELF file, so the table generated from them matches the kubectl release exactly.
Assumes an amd64 ELF built by Go 1.22-1.23 (abi.Type layout of those releases).
"""
import re
import struct
import zlib


def _varint(b, i):
    v = s = 0
    while True:
        c = b[i]
        i += 1
        v |= (c & 0x7F) << s
        s += 7
        if c < 0x80:
            return v, i


def _proto_fields(b):
    i, out = 0, []
    while i < len(b):
        key, i = _varint(b, i)
        number, wire = key >> 3, key & 7
        if wire == 0:
            v, i = _varint(b, i)
        elif wire == 2:
            n, i = _varint(b, i)
            v = b[i:i + n]
            i += n
        elif wire == 1:
            v, i = b[i:i + 8], i + 8
        elif wire == 5:
            v, i = b[i:i + 4], i + 4
        else:
            raise ValueError('unsupported wire type %d' % wire)
        out.append((number, v))
    return out


def proto_messages(binary):
    """{'k8s.io.api.core.v1.Pod': {'fields': [...], 'map_entry': bool}} for every embedded descriptor."""
    messages = {}
    for m in re.finditer(rb'\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff', binary):
        try:
            raw = zlib.decompressobj(31).decompress(binary[m.start():m.start() + 4_000_000])
        except zlib.error:
            continue
        if b'generated.proto' not in raw[:200]:
            continue
        top = _proto_fields(raw)
        package = next(v for f, v in top if f == 2).decode()

        def message(b, prefix):
            mf = _proto_fields(b)
            name = prefix + next(v for f, v in mf if f == 1).decode()
            map_entry = any(f == 7 and v == 1 for o in (v for f, v in mf if f == 7) for f, v in _proto_fields(o))
            fields = []
            for f, v in mf:
                if f == 2:
                    fd = dict(_proto_fields(v))
                    fields.append(dict(name=fd[1].decode(), number=fd[3], label=fd.get(4), type=fd.get(5),
                                       type_name=fd.get(6, b'').decode().lstrip('.')))
                elif f == 3:
                    message(v, name + '.')
            messages[name] = dict(fields=fields, map_entry=map_entry)

        for f, v in top:
            if f == 4:
                message(v, package + '.')
    return messages


class _Elf:
    def __init__(self, binary):
        self.b = binary
        shoff, = struct.unpack_from('<Q', binary, 0x28)
        shentsize, shnum, shstrndx = struct.unpack_from('<HHH', binary, 0x3A)
        heads = [struct.unpack_from('<IIQQQQ', binary, shoff + i * shentsize) for i in range(shnum)]
        names_off = heads[shstrndx][4]
        self.sections = {}
        for name, _type, _flags, addr, offset, size in heads:
            end = binary.index(b'\0', names_off + name)
            self.sections[binary[names_off + name:end].decode()] = (addr, offset, size)

    def offset(self, addr):
        for a, o, s in self.sections.values():
            if a and a <= addr < a + s:
                return o + addr - a
        raise ValueError('address %x outside the file' % addr)

    def read(self, addr, n):
        o = self.offset(addr)
        return self.b[o:o + n]


# Go abi.Type: size, ptrdata, hash, tflag, align, fieldAlign, kind, equal, gcdata, str, ptrToThis.
_KIND_POINTER, _KIND_SLICE, _KIND_MAP, _KIND_STRUCT, _KIND_ARRAY, _KIND_CHAN = 22, 23, 21, 25, 17, 18


def go_structs(binary):
    """{'k8s.io/api/core/v1.Pod': [{'name', 'tag', 'embedded', 'ptr', 'slice', 'map', 'kind'}]}."""
    elf = _Elf(binary)
    types_base = elf.sections['.rodata'][0]
    tl_addr, _, tl_size = elf.sections['.typelink']
    u8 = lambda a: elf.read(a, 1)[0]
    u64 = lambda a: struct.unpack('<Q', elf.read(a, 8))[0]
    i32 = lambda a: struct.unpack('<i', elf.read(a, 4))[0]

    def name_at(a):
        flags = u8(a)
        n, _ = _varint(elf.read(a + 1, 10), 0)
        p = a + 1 + len(_uvarint_bytes(n))
        text = elf.read(p, n).decode('utf8', 'replace')
        tag = None
        if flags & 2:
            p += n
            tn, _ = _varint(elf.read(p, 10), 0)
            tag = elf.read(p + len(_uvarint_bytes(tn)), tn).decode('utf8', 'replace')
        return text, tag, flags

    def type_name(t):
        text = name_at(types_base + i32(t + 40))[0]
        return text[1:] if u8(t + 20) & 2 else text

    def kind(t):
        return u8(t + 23) & 0x1F

    def pkg_path(t):
        if not (u8(t + 20) & 1) or kind(t) != _KIND_STRUCT:
            return None
        off = i32(t + 48 + 8 + 24)
        return name_at(types_base + off)[0] if off else ''

    def describe(t):
        k = kind(t)
        if k == _KIND_POINTER:
            return dict(ptr=True, **describe(u64(t + 48)))
        if k == _KIND_SLICE:
            return dict(slice=True, elem=type_name(u64(t + 48)))
        if k == _KIND_MAP:
            return dict(map=True)
        return dict(kind=k, type=type_name(t))

    seen, result = set(), {}
    stack = [types_base + i32(tl_addr + 4 * i) for i in range(tl_size // 4)]
    while stack:
        t = stack.pop()
        if t in seen or not (types_base <= t < tl_addr):
            continue
        seen.add(t)
        k = kind(t)
        if k in (_KIND_POINTER, _KIND_SLICE, _KIND_ARRAY, _KIND_CHAN):
            stack.append(u64(t + 48))
        elif k == _KIND_MAP:
            stack += [u64(t + 48), u64(t + 56)]
        elif k == _KIND_STRUCT:
            fields = []
            for i in range(u64(t + 64)):
                fa = u64(t + 56) + 24 * i
                text, tag, flags = name_at(u64(fa))
                ft = u64(fa + 8)
                stack.append(ft)
                fields.append(dict(name=text, tag=tag or '', embedded=bool(flags & 8), **describe(ft)))
            path = pkg_path(t)
            if path and path.startswith('k8s.io/'):
                result[path + '.' + type_name(t).split('.')[-1]] = fields
    return result


def _uvarint_bytes(n):
    out = bytearray()
    while True:
        if n < 0x80:
            out.append(n)
            return bytes(out)
        out.append((n & 0x7F) | 0x80)
        n >>= 7
