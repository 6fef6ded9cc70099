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
import org.bson.types.ObjectId;

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
		GridFSUploadStream target = this.bucket.openUploadStream(documentId,
				new GridFSUploadOptions().chunkSizeBytes(CHUNK_SIZE));
		WriteBehindOutputStream behind = new WriteBehindOutputStream(target, CHUNK_SIZE, PIPELINE_DEPTH,
				"content-write-" + documentId);
		try {
			OutputStream encrypting = cipher.newEncryptingStream(behind, associated(requestId, documentId));
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
		InputStream stored = new ReadAheadInputStream(
				this.bucket.openDownloadStream(new ObjectId(contentId)).batchSize(DOWNLOAD_BATCH_SIZE), CHUNK_SIZE,
				PIPELINE_DEPTH, "content-read-" + documentId);
		try {
			return cipher.newDecryptingStream(stored, associated(requestId, documentId));
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

	private static byte[] associated(String requestId, String documentId) {
		return (requestId + "/" + documentId).getBytes(StandardCharsets.UTF_8);
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
