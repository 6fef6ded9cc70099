package nl.secondopinion.dossier.storage;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import com.google.crypto.tink.StreamingAead;
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
 */
@Component
public class ContentStore {

	static final int CHUNK_SIZE = 1024 * 1024;

	static final int DOWNLOAD_BATCH_SIZE = 8;

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
		try {
			OutputStream encrypting = cipher.newEncryptingStream(target, associated(requestId, documentId));
			return new Upload(encrypting, target);
		}
		catch (GeneralSecurityException | IOException ex) {
			target.abort();
			throw new IllegalStateException("Could not start encrypting", ex);
		}
	}

	/** The decrypted content; a tampered or foreign ciphertext fails while reading. */
	public InputStream open(StreamingAead cipher, String requestId, String documentId, String contentId) {
		InputStream stored = this.bucket.openDownloadStream(new ObjectId(contentId)).batchSize(DOWNLOAD_BATCH_SIZE);
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

		private final GridFSUploadStream target;

		private boolean closed;

		Upload(OutputStream encrypting, GridFSUploadStream target) {
			super(encrypting);
			this.target = target;
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.out.write(bytes, offset, length);
		}

		public String contentId() {
			return this.target.getObjectId().toHexString();
		}

		@Override
		public void close() throws IOException {
			if (!this.closed) {
				this.closed = true;
				this.out.close();
			}
		}

		/** Removes whatever was stored so far. */
		public void abort() {
			if (!this.closed) {
				this.closed = true;
				this.target.abort();
			}
		}

	}

}
