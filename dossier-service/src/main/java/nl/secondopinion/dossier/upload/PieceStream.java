package nl.secondopinion.dossier.upload;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;

import com.google.crypto.tink.StreamingAead;
import org.jspecify.annotations.Nullable;

import nl.secondopinion.dossier.storage.ContentStore;
import nl.secondopinion.dossier.upload.ResumableUpload.Piece;

/**
 * The plaintext of a whole upload, its pieces decrypted one after another (one piece open
 * at a time), checked against the lengths recorded for them. Remembers whether reading
 * the stored pieces failed, so that a storage problem is not taken for a refused file.
 */
final class PieceStream extends InputStream {

	private final ContentStore store;

	private final StreamingAead cipher;

	private final String requestId;

	private final String uploadId;

	private final Iterator<Piece> pieces;

	private final Lease lease;

	private @Nullable Piece piece;

	private @Nullable InputStream current;

	private long readOfPiece;

	private boolean failed;

	PieceStream(ContentStore store, StreamingAead cipher, String requestId, String uploadId, List<Piece> pieces,
			Lease lease) {
		this.store = store;
		this.cipher = cipher;
		this.requestId = requestId;
		this.uploadId = uploadId;
		this.pieces = pieces.iterator();
		this.lease = lease;
	}

	boolean failed() {
		return this.failed;
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		return (read(one, 0, 1) < 0) ? -1 : (one[0] & 0xff);
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		try {
			this.lease.renewIfDue();
			while (true) {
				if (this.current == null && !openNext()) {
					return -1;
				}
				int n = this.current.read(buffer, offset, length);
				if (n > 0) {
					this.readOfPiece += n;
					if (this.readOfPiece > this.piece.length()) {
						throw new IOException("A stored piece is longer than recorded");
					}
					return n;
				}
				if (this.readOfPiece != this.piece.length()) {
					throw new IOException("A stored piece is shorter than recorded");
				}
				closeCurrent();
			}
		}
		catch (IOException | RuntimeException ex) {
			this.failed = true;
			throw (ex instanceof IOException io) ? io : new IOException("Reading a stored piece failed", ex);
		}
	}

	@Override
	public void close() throws IOException {
		closeCurrent();
	}

	private boolean openNext() {
		if (!this.pieces.hasNext()) {
			return false;
		}
		this.piece = this.pieces.next();
		this.readOfPiece = 0;
		this.current = this.store.openPiece(this.cipher, this.requestId, this.uploadId, this.piece.offset(),
				this.piece.contentId());
		return true;
	}

	private void closeCurrent() throws IOException {
		InputStream open = this.current;
		this.current = null;
		if (open != null) {
			open.close();
		}
	}

}
