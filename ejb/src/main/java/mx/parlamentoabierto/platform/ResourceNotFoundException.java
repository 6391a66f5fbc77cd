package mx.parlamentoabierto.platform;

/** Asked for something that does not exist (an edition, legislature, methodology, document…); answered as 404. */
public class ResourceNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ResourceNotFoundException(String message) {
        super(message);
    }
}
