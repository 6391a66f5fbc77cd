package mx.parlamentoabierto.document.application;

/** An upload that is refused before it becomes a document: the message says what was wrong. */
public class UploadRejectedException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final boolean tooLarge;

    public UploadRejectedException(String message, boolean tooLarge) {
        super(message);
        this.tooLarge = tooLarge;
    }

    public boolean tooLarge() {
        return tooLarge;
    }
}
