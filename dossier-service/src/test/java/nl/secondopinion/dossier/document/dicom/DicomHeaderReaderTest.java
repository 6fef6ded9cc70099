package nl.secondopinion.dossier.document.dicom;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.secondopinion.dossier.Dcmtk;
import nl.secondopinion.dossier.Dcmtk.Spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Against files made by dcmtk in the test itself, not hand-made bytes. */
class DicomHeaderReaderTest {

	private static final String STUDY = "1.2.826.0.1.3680043.2.1125.77";

	@TempDir
	Path dir;

	@Test
	void readsTheStudyAttributesOfAnExplicitVrFile() throws Exception {
		DicomHeader header = DicomHeaderReader.read(stream(Dcmtk.dicomBytes(this.dir, Spec.mri(STUDY))));

		assertThat(header.transferSyntaxUid()).isEqualTo("1.2.840.10008.1.2.1");
		assertThat(header.studyInstanceUid()).isEqualTo(STUDY);
		assertThat(header.studyDate()).isEqualTo(LocalDate.of(2026, 9, 1));
		assertThat(header.modality()).isEqualTo("MR");
		assertThat(header.bodyPart()).isEqualTo("HEAD");
		assertThat(header.sopClassUid()).isEqualTo("1.2.840.10008.5.1.4.1.1.7");
		assertThat(header.sopInstanceUid()).isNotBlank();
		assertThat(header.seriesInstanceUid()).isNotBlank();
	}

	@Test
	void readsAnImplicitVrFile() throws Exception {
		DicomHeader header = DicomHeaderReader.read(stream(Dcmtk.dicomBytes(this.dir, Spec.mri(STUDY).implicitVr())));

		assertThat(header.transferSyntaxUid()).isEqualTo("1.2.840.10008.1.2");
		assertThat(header.studyInstanceUid()).isEqualTo(STUDY);
		assertThat(header.modality()).isEqualTo("MR");
		assertThat(header.bodyPart()).isEqualTo("HEAD");
	}

	@Test
	void skipsSequencesWithUndefinedLengthInBothSyntaxes() throws Exception {
		for (Spec spec : new Spec[] { Spec.mri(STUDY).withUndefinedLengths(),
				Spec.mri(STUDY).withUndefinedLengths().implicitVr() }) {
			DicomHeader header = DicomHeaderReader.read(stream(Dcmtk.dicomBytes(this.dir, spec)));

			assertThat(header.studyInstanceUid()).isEqualTo(STUDY);
			assertThat(header.bodyPart()).isEqualTo("HEAD");
		}
	}

	@Test
	void stopsAtThePixelDataWithoutReadingIt() throws Exception {
		byte[] file = Dcmtk.dicomBytes(this.dir, Spec.mri(STUDY).pixels(256));
		ByteArrayInputStream in = stream(file);

		DicomHeaderReader.read(in);

		// 256 x 256 RGB pixels stay unread: the reader stopped at (7FE0,0010).
		assertThat(in.available()).isGreaterThanOrEqualTo(256 * 256 * 3);
	}

	@Test
	void neverReadsPatientAttributes() throws Exception {
		DicomHeader header = DicomHeaderReader.read(stream(Dcmtk.dicomBytes(this.dir, Spec.mri(STUDY))));

		assertThat(header.toString()).doesNotContain("Anna").doesNotContain("PAT-0001");
	}

	@Test
	void refusesAFileWithoutThePrefix() {
		byte[] notDicom = new byte[300];
		Arrays.fill(notDicom, (byte) 'x');

		assertThatExceptionOfType(InvalidDicomException.class)
			.isThrownBy(() -> DicomHeaderReader.read(stream(notDicom)))
			.withMessageContaining("DICM");
	}

	@Test
	void refusesATruncatedHeaderWithAClearReason() throws Exception {
		byte[] file = Files.readAllBytes(Dcmtk.dicom(this.dir, Spec.mri(STUDY)));

		assertThatExceptionOfType(InvalidDicomException.class)
			.isThrownBy(() -> DicomHeaderReader.read(stream(Arrays.copyOf(file, 200))));
	}

	@Test
	void refusesBigEndian() throws Exception {
		Path file = Dcmtk.dicom(this.dir, Spec.mri(STUDY));
		Process process = new ProcessBuilder("dcmodify", "-nb", "+tb", file.toString()).start();
		assertThat(process.waitFor()).isZero();

		assertThatExceptionOfType(InvalidDicomException.class)
			.isThrownBy(() -> DicomHeaderReader.read(Files.newInputStream(file)))
			.withMessageContaining("1.2.840.10008.1.2.2");
	}

	@Test
	void recognisesThePart10Prefix() throws IOException {
		byte[] head = Arrays.copyOf(Dcmtk.dicomBytes(this.dir, Spec.mri(STUDY)), 132);

		assertThat(DicomHeaderReader.isPart10(head)).isTrue();
		assertThat(DicomHeaderReader.isPart10(Arrays.copyOf(head, 131))).isFalse();
	}

	private static ByteArrayInputStream stream(byte[] bytes) {
		return new ByteArrayInputStream(bytes);
	}

}
