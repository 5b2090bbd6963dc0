package io.candor.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a transcript's bytes into text, strictly: UTF-8 only (a BOM is tolerated), no NUL bytes.
 * A lenient decode would put replacement characters into names and quotes that end up in reports.
 */
final class TranscriptDecoder {

    private TranscriptDecoder() {
    }

    static String decode(byte[] bytes, String file) throws TranscriptException {
        if (bytes.length == 0) {
            throw new TranscriptException(file, null, "empty file");
        }
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            throw new TranscriptException(file, 1, "wrong encoding: the file is UTF-16 (byte-order mark "
                    + String.format("%02X %02X", bytes[0], bytes[1]) + "); save it as UTF-8");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new TranscriptException(file, lineAt(bytes, i), "binary file (NUL byte at offset " + i + "), not a text transcript");
            }
        }
        String text = strictUtf8(bytes, file);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new TranscriptException(file, null, "empty file (only whitespace)");
        }
        return text;
    }

    private static String strictUtf8(byte[] bytes, String file) throws TranscriptException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            throw new TranscriptException(file, lineAt(bytes, offset), "wrong encoding: byte 0x"
                    + String.format("%02X", bytes[offset]) + " at offset " + offset + " is not UTF-8; save the file as UTF-8");
        }
        decoder.flush(out); // with endOfInput=true above, a truncated last character was already reported
        return out.flip().toString();
    }

    private static boolean startsWith(byte[] bytes, int b0, int b1) {
        return bytes.length >= 2 && (bytes[0] & 0xFF) == b0 && (bytes[1] & 0xFF) == b1;
    }

    /** 1-based line of a byte offset, for errors that point into the file. */
    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
