package se.samverkan.registry.exchange;

import java.io.IOException;
import java.util.Map;

/** Rows of an import file, one at a time, as column → text. */
interface RowSource extends AutoCloseable {

    /** One row and where it is in the file (the CSV line, or the GeoJSON feature's position, from 1). */
    record Row(int number, Map<String, String> cells, String geometryError) {
    }

    /** The next row, or null at the end. Throws {@link UnreadableFileException} when the file itself is broken. */
    Row next() throws IOException;

    @Override
    void close() throws IOException;

    /** The file cannot be read on (bad encoding, bad quoting, wrong header, not GeoJSON): the import stops here. */
    class UnreadableFileException extends IOException {
        private final int row;
        private final String field;

        UnreadableFileException(int row, String field, String message) {
            super(message);
            this.row = row;
            this.field = field;
        }

        public int row() {
            return row;
        }

        public String field() {
            return field;
        }
    }
}
