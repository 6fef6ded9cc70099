package nl.secondopinion.dossier.document;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import nl.secondopinion.dossier.document.dicom.DicomHeaderReader;
import nl.secondopinion.dossier.document.dicom.InvalidDicomException;

/**
 * Checks a ZIP archive while it streams past: only DICOM files (a DICOMDIR included), no
 * names that leave the archive, no links, and limits on entries, unpacked size and
 * compression ratio (zip bombs). Nothing is unpacked to disk; every entry is read once.
 */
final class ZipDicomInspector {

	private static final int CENTRAL_HEADER = 0x02014b50;

	private static final int END_OF_DIRECTORY = 0x06054b50;

	private static final int ZIP64_LOCATOR = 0x07064b50;

	private static final String NOT_DICOM = "A ZIP for imaging may only hold DICOM files (and a DICOMDIR). Ask "
			+ "the hospital for a DICOM export of the study (CD/DVD or download), and upload its files or a ZIP "
			+ "of its folder, without viewer software, photos or screenshots.";

	private final ZipLimits limits;

	ZipDicomInspector(ZipLimits limits) {
		this.limits = limits;
	}

	List<DicomStudy> inspect(InputStream raw) throws IOException {
		TailKeepingInputStream tracked = new TailKeepingInputStream(raw, this.limits.maxCentralDirectoryBytes());
		StudyCollector studies = new StudyCollector();
		int entries = 0;
		long unpacked = 0;
		ZipInputStream zip = new ZipInputStream(new NonClosing(tracked), StandardCharsets.UTF_8);
		try {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				entries++;
				if (entries > this.limits.maxEntries()) {
					throw refused("zip-too-many-entries",
							"The ZIP has more than " + this.limits.maxEntries() + " entries.");
				}
				checkName(entry.getName());
				if (entry.isDirectory()) {
					continue;
				}
				LimitedInputStream counted = new LimitedInputStream(zip, this.limits.maxUnpackedBytes() - unpacked,
						UnpackedTooLarge::new);
				readDicom(counted, studies);
				counted.transferTo(OutputStream.nullOutputStream());
				unpacked += counted.count();
				long packed = Math.max(entry.getCompressedSize(), 1);
				if (counted.count() / packed > this.limits.maxRatio()) {
					throw refused("zip-ratio", "An entry of the ZIP unpacks to more than " + this.limits.maxRatio()
							+ " times its packed size.");
				}
			}
		}
		catch (ZipException ex) {
			throw refused("zip-invalid", "The ZIP cannot be read: it is damaged or uses a form we do not accept.");
		}
		catch (UnpackedTooLarge ex) {
			throw refused("zip-too-large", "The ZIP unpacks to more than " + this.limits.maxUnpackedBytes()
					+ " bytes. Upload the study in several parts.");
		}
		tracked.transferTo(OutputStream.nullOutputStream());
		if (unpacked / Math.max(tracked.total(), 1) > this.limits.maxRatio()) {
			throw refused("zip-ratio", "The ZIP unpacks to more than " + this.limits.maxRatio() + " times its size.");
		}
		int files = checkCentralDirectory(tracked);
		if (files != entries) {
			throw refused("zip-invalid", "The ZIP's directory does not match its contents.");
		}
		List<DicomStudy> found = studies.studies();
		if (found.isEmpty()) {
			throw new ContentRefusedException("imaging-not-dicom", "The ZIP holds no DICOM images. " + NOT_DICOM);
		}
		return found;
	}

	private static void readDicom(InputStream entry, StudyCollector studies) throws IOException {
		byte[] head = entry.readNBytes(132);
		if (!DicomHeaderReader.isPart10(head)) {
			throw new ContentRefusedException("imaging-not-dicom", NOT_DICOM);
		}
		try {
			studies.add(DicomHeaderReader.read(new SequenceInputStream(new ByteArrayInputStream(head), entry)));
		}
		catch (InvalidDicomException ex) {
			throw new ContentRefusedException("dicom-unreadable",
					"A DICOM file in the ZIP cannot be read: " + ex.getMessage() + ".");
		}
	}

	private static void checkName(String name) {
		String normal = name.replace('\\', '/');
		boolean escapes = normal.startsWith("/") || normal.matches("^[A-Za-z]:.*") || normal.indexOf('\0') >= 0
				|| Arrays.asList(normal.split("/")).contains("..");
		if (escapes) {
			throw refused("zip-unsafe-path", "The ZIP holds a path that points outside the archive.");
		}
	}

	/**
	 * Reads the central directory from the kept tail: counts entries, refuses symbolic
	 * links (Unix mode in the external attributes) and unsafe names.
	 */
	private int checkCentralDirectory(TailKeepingInputStream tracked) {
		byte[] tail = tracked.tail();
		ByteBuffer buffer = ByteBuffer.wrap(tail).order(ByteOrder.LITTLE_ENDIAN);
		int end = -1;
		for (int i = tail.length - 22; i >= Math.max(0, tail.length - 22 - 65535); i--) {
			if (buffer.getInt(i) == END_OF_DIRECTORY) {
				end = i;
				break;
			}
		}
		if (end < 0) {
			throw refused("zip-invalid", "The ZIP has no readable directory at its end.");
		}
		long size = Integer.toUnsignedLong(buffer.getInt(end + 12));
		if (size == 0xFFFFFFFFL && end >= 20 && buffer.getInt(end - 20) == ZIP64_LOCATOR) {
			long zip64Offset = buffer.getLong(end - 20 + 8);
			long position = zip64Offset - (tracked.total() - tail.length);
			if (position < 0 || position + 48 > tail.length) {
				throw refused("zip-too-many-entries", "The ZIP's directory is too large to check.");
			}
			size = buffer.getLong((int) position + 40);
			end = (int) position;
		}
		long start = end - size;
		if (start < 0) {
			throw refused("zip-too-many-entries", "The ZIP's directory is too large to check.");
		}
		int count = 0;
		int position = (int) start;
		while (position < end) {
			if (position + 46 > tail.length || buffer.getInt(position) != CENTRAL_HEADER) {
				throw refused("zip-invalid", "The ZIP's directory is damaged.");
			}
			int madeBy = Short.toUnsignedInt(buffer.getShort(position + 4)) >>> 8;
			int nameLength = Short.toUnsignedInt(buffer.getShort(position + 28));
			int extraLength = Short.toUnsignedInt(buffer.getShort(position + 30));
			int commentLength = Short.toUnsignedInt(buffer.getShort(position + 32));
			long external = Integer.toUnsignedLong(buffer.getInt(position + 38));
			if (position + 46 + nameLength > tail.length) {
				throw refused("zip-invalid", "The ZIP's directory is damaged.");
			}
			String name = new String(tail, position + 46, nameLength, StandardCharsets.UTF_8);
			checkName(name);
			if (madeBy == 3 && ((external >>> 16) & 0xF000) == 0xA000) {
				throw refused("zip-link", "The ZIP holds a link; upload the files themselves.");
			}
			count++;
			position += 46 + nameLength + extraLength + commentLength;
		}
		return count;
	}

	private static ContentRefusedException refused(String slug, String detail) {
		return new ContentRefusedException(slug, detail);
	}

	/** ZipInputStream closes what it reads from; the caller still needs it. */
	private static final class NonClosing extends FilterInputStream {

		NonClosing(InputStream in) {
			super(in);
		}

		@Override
		public void close() {
		}

	}

	private static final class UnpackedTooLarge extends IOException {

		UnpackedTooLarge() {
			super("unpacked too large", null);
		}

	}

}
