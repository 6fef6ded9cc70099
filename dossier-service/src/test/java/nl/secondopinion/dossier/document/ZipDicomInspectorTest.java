package nl.secondopinion.dossier.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.secondopinion.dossier.Dcmtk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ZipDicomInspectorTest {

	private static final ZipLimits LIMITS = new ZipLimits(20, 10 * 1024 * 1024, 100, 1024 * 1024);

	@TempDir
	Path dir;

	private byte[] dicom(String study) {
		return Dcmtk.dicomBytes(this.dir, Dcmtk.Spec.mri(study));
	}

	private static byte[] zip(Map<String, byte[]> entries) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	private static Inspection inspect(byte[] zip, ZipLimits limits) throws IOException {
		return new ContentInspector(limits).inspect(new ByteArrayInputStream(zip));
	}

	private static String refusal(byte[] zip, ZipLimits limits) {
		try {
			inspect(zip, limits);
		}
		catch (ContentRefusedException ex) {
			return ex.slug();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		throw new AssertionError("not refused");
	}

	@Test
	void aZipOfDicomFilesIsReadAsStudiesWithInstanceCounts() throws Exception {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("DICOM/", new byte[0]);
		entries.put("DICOM/IM0001", dicom("1.2.3.100"));
		entries.put("DICOM/IM0002", dicom("1.2.3.100"));
		entries.put("DICOM/IM0003", dicom("1.2.3.200"));

		Inspection inspection = inspect(zip(entries), LIMITS);

		assertThat(inspection.kind()).isEqualTo(ContentKind.DICOM_ZIP);
		assertThat(inspection.studies()).extracting(DicomStudy::studyInstanceUid, DicomStudy::instances)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("1.2.3.100", 2),
					org.assertj.core.groups.Tuple.tuple("1.2.3.200", 1));
	}

	@Test
	void aPhotoFolderIsNotImaging() throws Exception {
		byte[] jpeg = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3 };

		assertThat(refusal(zip(Map.of("photos/IMG_0001.jpg", jpeg)), LIMITS)).isEqualTo("imaging-not-dicom");
	}

	@Test
	void aPathOutsideTheArchiveIsRefused() throws Exception {
		assertThat(refusal(zip(Map.of("../../etc/cron.d/evil", dicom("1.2.3.1"))), LIMITS))
			.isEqualTo("zip-unsafe-path");
		assertThat(refusal(zip(Map.of("/abs/IM1", dicom("1.2.3.1"))), LIMITS)).isEqualTo("zip-unsafe-path");
		assertThat(refusal(zip(Map.of("C:\\windows\\IM1", dicom("1.2.3.1"))), LIMITS)).isEqualTo("zip-unsafe-path");
	}

	@Test
	void aZipBombIsStoppedByTheRatio() throws Exception {
		byte[] header = dicom("1.2.3.1");
		byte[] padded = new byte[header.length + 5 * 1024 * 1024];
		System.arraycopy(header, 0, padded, 0, header.length);

		assertThat(refusal(zip(Map.of("IM1", padded)), LIMITS)).isEqualTo("zip-ratio");
	}

	@Test
	void theUnpackedSizeIsBounded() throws Exception {
		ZipLimits small = new ZipLimits(20, 10_000, 1000, 1024 * 1024);

		byte[] twelveKilobytes = Dcmtk.dicomBytes(this.dir, Dcmtk.Spec.mri("1.2.3.1").pixels(64));

		assertThat(refusal(zip(Map.of("IM1", twelveKilobytes)), small)).isEqualTo("zip-too-large");
	}

	@Test
	void theNumberOfEntriesIsBounded() throws Exception {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		byte[] one = dicom("1.2.3.1");
		for (int i = 0; i < 4; i++) {
			entries.put("IM" + i, one);
		}

		assertThat(refusal(zip(entries), new ZipLimits(3, 10 * 1024 * 1024, 100, 1024 * 1024)))
			.isEqualTo("zip-too-many-entries");
	}

	@Test
	void aSymbolicLinkIsRefused() throws Exception {
		byte[] zip = zip(Map.of("IM1", dicom("1.2.3.1")));
		ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
		for (int i = 0; i < zip.length - 4; i++) {
			if (buffer.getInt(i) == 0x02014b50) {
				// Made on Unix, mode lrwxrwxrwx.
				buffer.putShort(i + 4, (short) 0x031E);
				buffer.putInt(i + 38, 0xA1FF0000);
			}
		}

		assertThat(refusal(zip, LIMITS)).isEqualTo("zip-link");
	}

	@Test
	void aDamagedZipIsRefused() throws Exception {
		byte[] zip = zip(Map.of("IM1", dicom("1.2.3.1")));
		byte[] cut = java.util.Arrays.copyOf(zip, zip.length - 30);

		assertThat(refusal(cut, LIMITS)).isIn("zip-invalid", "zip-too-many-entries");
	}

	@Test
	void readsEveryByteOnceSoTheStoredCopyIsComplete() throws Exception {
		byte[] zip = zip(Map.of("IM1", dicom("1.2.3.1")));
		CountingStream counting = new CountingStream(zip);

		new ContentInspector(LIMITS).inspect(counting);

		assertThat(counting.read).isEqualTo(zip.length);
	}

	static final class CountingStream extends ByteArrayInputStream {

		long read;

		CountingStream(byte[] bytes) {
			super(bytes);
		}

		@Override
		public synchronized int read(byte[] b, int off, int len) {
			int n = super.read(b, off, len);
			if (n > 0) {
				this.read += n;
			}
			return n;
		}

		@Override
		public synchronized int read() {
			int b = super.read();
			if (b >= 0) {
				this.read++;
			}
			return b;
		}

	}

}
