// The storage floor of transfer-benchmark.sh: the same file straight into GridFS and back with the
// MongoDB Java driver and the dossier-service's own GridFS settings (1 MiB chunks, download batch
// size 8), but without gateway, service or encryption. No upload or download through the service
// can be faster than this on the same database, so it shows how much of the gap to nginx is the
// database and how much is the service.
//
// Usage: java -cp <mongodb driver classpath> GridFsFloor.java <mongodb-uri> <file>
// Prints upload_seconds=<s> and download_seconds=<s>, checks by SHA-256 that the download is the
// file, then deletes the GridFS file again. Exits non-zero on a mismatch or any failure. The
// SHA-256 is computed inside the timed loops, as the service computes it in both directions too
// (about 0.7 s per GiB here).

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.GridFSDownloadStream;
import com.mongodb.client.gridfs.GridFSUploadStream;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import org.bson.types.ObjectId;

public class GridFsFloor {

	static final String DATABASE = "dossier-benchmark";

	static final String BUCKET = "floor";

	static final int CHUNK_SIZE = 1024 * 1024; // as the dossier-service's ContentStore

	static final int DOWNLOAD_BATCH_SIZE = 8; // as the dossier-service's ContentStore

	static final int BUFFER_SIZE = 1024 * 1024;

	// Without SLF4J the driver logs to java.util.logging only a warning that it does not log.
	static final Logger DRIVER_LOG = Logger.getLogger("org.mongodb.driver");

	public static void main(String[] args) {
		if (args.length != 2) {
			System.err.println("usage: java -cp <mongodb driver classpath> GridFsFloor.java <mongodb-uri> <file>");
			System.exit(2);
		}
		DRIVER_LOG.setLevel(Level.OFF);
		try {
			run(args[0], Path.of(args[1]));
		}
		catch (Exception ex) {
			System.err.println("error: GridFS floor failed: " + ex);
			System.exit(1);
		}
	}

	private static void run(String uri, Path file) throws Exception {
		try (MongoClient client = MongoClients.create(uri)) {
			GridFSBucket bucket = GridFSBuckets.create(client.getDatabase(DATABASE), BUCKET);
			ObjectId id = null;
			Exception failure = null;
			try {
				MessageDigest sent = sha256();
				long start = System.nanoTime();
				try (InputStream in = Files.newInputStream(file);
						GridFSUploadStream out = bucket.openUploadStream(file.getFileName().toString(),
								new GridFSUploadOptions().chunkSizeBytes(CHUNK_SIZE))) {
					id = out.getObjectId();
					copy(in, out, sent);
				}
				System.out.println("upload_seconds=" + secondsSince(start));

				MessageDigest received = sha256();
				start = System.nanoTime();
				try (GridFSDownloadStream in = bucket.openDownloadStream(id).batchSize(DOWNLOAD_BATCH_SIZE)) {
					copy(in, OutputStream.nullOutputStream(), received);
				}
				double downloadSeconds = secondsSince(start);
				if (!MessageDigest.isEqual(sent.digest(), received.digest())) {
					throw new IllegalStateException("the download from GridFS differs from the upload (SHA-256)");
				}
				// Printed before the delete: the script takes its CPU snapshots at these lines.
				System.out.println("download_seconds=" + downloadSeconds);
			}
			catch (Exception ex) {
				failure = ex;
			}
			// Deleted also after a failure, without hiding that failure.
			try {
				if (id != null) {
					bucket.delete(id);
				}
			}
			catch (Exception ex) {
				if (failure == null) {
					failure = ex;
				}
				else {
					failure.addSuppressed(ex);
				}
			}
			if (failure != null) {
				throw failure;
			}
		}
	}

	private static void copy(InputStream in, OutputStream out, MessageDigest digest) throws IOException {
		byte[] buffer = new byte[BUFFER_SIZE];
		for (int n; (n = in.read(buffer)) != -1;) {
			digest.update(buffer, 0, n);
			out.write(buffer, 0, n);
		}
	}

	private static MessageDigest sha256() throws NoSuchAlgorithmException {
		return MessageDigest.getInstance("SHA-256");
	}

	private static double secondsSince(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

}
