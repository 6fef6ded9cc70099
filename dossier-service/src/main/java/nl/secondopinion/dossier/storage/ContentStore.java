package nl.secondopinion.dossier.storage;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import com.google.crypto.tink.StreamingAead;
import com.mongodb.MongoGridFSException;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.GridFSUploadStream;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import org.bson.BsonObjectId;
import org.bson.BsonValue;
import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.stereotype.Component;

/**
 * Document content in GridFS, encrypted on the way in and decrypted on the way out; only
 * ciphertext is ever written. GridFS file names are the document ids, never the names the
 * uploader gave. Downloads read with a small batch size: the local MongoDB stand-in would
 * otherwise answer all chunks in one oversized reply.
 * <p>
 * The database works a few chunks behind an upload and ahead of a download, on a thread
 * of its own, so its round trips overlap with parsing, hashing and encryption instead of
 * adding to them.
 * <p>
 * A resumable upload arrives in pieces, one per request: each piece is a ciphertext of
 * its own (named {@code upload:<uploadId>:<offset>}), closed when its request ends, so a
 * broken connection leaves nothing unencrypted and nothing half-written behind.
 */
@Component
public class ContentStore {

	static final int CHUNK_SIZE = 1024 * 1024;

	static final int DOWNLOAD_BATCH_SIZE = 8;

	/** Chunks in flight between the request thread and the database, per transfer. */
	static final int PIPELINE_DEPTH = 2;

	private final GridFSBucket bucket;

	ContentStore(MongoDatabaseFactory mongo) {
		this.bucket = GridFSBuckets.create(mongo.getMongoDatabase(), "content");
	}

	/**
	 * Starts storing one document's content; write the plaintext to the answer, then
	 * close it, or {@link Upload#abort()} it to leave nothing behind.
	 */
	public Upload begin(StreamingAead cipher, String requestId, String documentId) {
		return begin(cipher, null, documentId, associated(requestId, documentId));
	}

	/**
	 * Starts storing one piece of a resumable upload: the bytes from {@code offset} on,
	 * encrypted on their own, under a content id chosen beforehand (so the upload's state
	 * can name the piece before its first chunk is written).
	 */
	public Upload beginPiece(StreamingAead cipher, String requestId, String uploadId, long offset, String contentId) {
		return begin(cipher, new BsonObjectId(new ObjectId(contentId)), pieceName(uploadId, offset),
				pieceAssociated(requestId, uploadId, offset));
	}

	/** An id for content that is yet to be stored. */
	public static String newContentId() {
		return new ObjectId().toHexString();
	}

	private Upload begin(StreamingAead cipher, @Nullable BsonValue id, String name, byte[] associated) {
		GridFSUploadOptions options = new GridFSUploadOptions().chunkSizeBytes(CHUNK_SIZE);
		GridFSUploadStream target = (id != null) ? this.bucket.openUploadStream(id, name, options)
				: this.bucket.openUploadStream(name, options);
		WriteBehindOutputStream behind = new WriteBehindOutputStream(target, CHUNK_SIZE, PIPELINE_DEPTH,
				"content-write-" + name);
		try {
			OutputStream encrypting = cipher.newEncryptingStream(behind, associated);
			return new Upload(encrypting, behind, target, this.bucket);
		}
		catch (GeneralSecurityException | IOException ex) {
			behind.stop();
			target.abort();
			throw new IllegalStateException("Could not start encrypting", ex);
		}
	}

	/** The decrypted content; a tampered or foreign ciphertext fails while reading. */
	public InputStream open(StreamingAead cipher, String requestId, String documentId, String contentId) {
		return open(cipher, contentId, documentId, associated(requestId, documentId));
	}

	/** The decrypted bytes of one piece of a resumable upload. */
	public InputStream openPiece(StreamingAead cipher, String requestId, String uploadId, long offset,
			String contentId) {
		return open(cipher, contentId, pieceName(uploadId, offset), pieceAssociated(requestId, uploadId, offset));
	}

	private InputStream open(StreamingAead cipher, String contentId, String name, byte[] associated) {
		InputStream stored = new ReadAheadInputStream(
				this.bucket.openDownloadStream(new ObjectId(contentId)).batchSize(DOWNLOAD_BATCH_SIZE), CHUNK_SIZE,
				PIPELINE_DEPTH, "content-read-" + name);
		try {
			return cipher.newDecryptingStream(stored, associated);
		}
		catch (GeneralSecurityException | IOException ex) {
			try {
				stored.close();
			}
			catch (IOException closing) {
				ex.addSuppressed(closing);
			}
			throw new IllegalStateException("Could not start decrypting", ex);
		}
	}

	public void delete(String contentId) {
		this.bucket.delete(new ObjectId(contentId));
	}

	/**
	 * Removes content that may be stored only in part, or not at all: the chunks of an
	 * upload that never finished have no file document.
	 */
	public void discard(String contentId) {
		try {
			this.bucket.delete(new ObjectId(contentId));
		}
		catch (MongoGridFSException noFileDocument) {
			// The driver removes the chunks before it finds no file document to remove.
		}
	}

	private static byte[] associated(String requestId, String documentId) {
		return (requestId + "/" + documentId).getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Binds a piece to its upload and position: pieces cannot be swapped, moved or taken
	 * into another dossier. Document ids never contain a slash, so no piece's associated
	 * data is a document's.
	 */
	private static byte[] pieceAssociated(String requestId, String uploadId, long offset) {
		return (requestId + "/upload/" + uploadId + "/" + offset).getBytes(StandardCharsets.UTF_8);
	}

	private static String pieceName(String uploadId, long offset) {
		return "upload:" + uploadId + ":" + offset;
	}

	/** Plaintext in, ciphertext into GridFS. */
	public static final class Upload extends FilterOutputStream {

		private final WriteBehindOutputStream behind;

		private final GridFSUploadStream target;

		private final GridFSBucket bucket;

		private boolean closed;

		Upload(OutputStream encrypting, WriteBehindOutputStream behind, GridFSUploadStream target,
				GridFSBucket bucket) {
			super(encrypting);
			this.behind = behind;
			this.target = target;
			this.bucket = bucket;
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.out.write(bytes, offset, length);
		}

		public String contentId() {
			return this.target.getObjectId().toHexString();
		}

		/** Waits until everything is stored; on a failure nothing stays behind. */
		@Override
		public void close() throws IOException {
			if (!this.closed) {
				this.closed = true;
				try {
					this.out.close();
				}
				catch (IOException | RuntimeException ex) {
					this.behind.stop();
					removeChunks();
					throw ex;
				}
			}
		}

		/** Removes whatever was stored so far. */
		public void abort() {
			if (!this.closed) {
				this.closed = true;
				this.behind.stop();
				removeChunks();
			}
		}

		private void removeChunks() {
			try {
				this.target.abort();
			}
			catch (MongoGridFSException closedAlready) {
				// The stream refuses once closed, even when closing failed half-way;
				// deleting by id removes the chunks whether or not the file document was
				// written.
				try {
					this.bucket.delete(this.target.getObjectId());
				}
				catch (MongoGridFSException noFileDocument) {
					// chunks removed, no file document to remove
				}
			}
		}

	}

}
