package nl.secondopinion.dossier;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Makes real DICOM Part 10 files with Debian's dcmtk ({@code apt-get install dcmtk}):
 * {@code img2dcm} turns a small bitmap into a secondary capture, {@code dcmodify} sets
 * the study attributes, nests a sequence and changes the transfer syntax. Tests fail with
 * a clear message when dcmtk is not installed: they are not skipped.
 */
public final class Dcmtk {

	private Dcmtk() {
	}

	/** A DICOM file made by dcmtk, with the study attributes given. */
	public static Path dicom(Path dir, Spec spec) {
		try {
			Path bitmap = dir.resolve(UUID.randomUUID() + ".bmp");
			Files.write(bitmap, bitmap(spec.pixels()));
			Path dicom = dir.resolve(UUID.randomUUID() + ".dcm");
			run("img2dcm", "-i", "BMP", bitmap.toString(), dicom.toString(), "-k",
					"StudyInstanceUID=" + spec.studyUid(), "-k", "Modality=" + spec.modality(), "-k",
					"StudyDate=" + spec.studyDate(), "-k", "BodyPartExamined=" + spec.bodyPart(), "-k",
					"PatientName=Test^Anna", "-k", "PatientID=PAT-0001");
			List<String> modify = new ArrayList<>(List.of("dcmodify", "-nb"));
			if (spec.implicit()) {
				modify.add("+ti");
			}
			if (spec.undefinedLengths()) {
				modify.addAll(List.of("-le", "-i", "(0008,1140)[0].(0008,1150)=1.2.840.10008.5.1.4.1.1.7", "-i",
						"(0008,1140)[0].(0008,1155)=1.2.3.4.5"));
			}
			if (modify.size() > 2) {
				modify.add(dicom.toString());
				run(modify.toArray(String[]::new));
			}
			return dicom;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static byte[] dicomBytes(Path dir, Spec spec) {
		try {
			return Files.readAllBytes(dicom(dir, spec));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A 24-bit bitmap of the given width and height with some pattern. */
	static byte[] bitmap(int size) {
		int rowBytes = size * 3;
		int padding = (4 - rowBytes % 4) % 4;
		int dataSize = (rowBytes + padding) * size;
		ByteBuffer buffer = ByteBuffer.allocate(54 + dataSize).order(ByteOrder.LITTLE_ENDIAN);
		buffer.put("BM".getBytes(StandardCharsets.US_ASCII)).putInt(54 + dataSize).putInt(0).putInt(54);
		buffer.putInt(40).putInt(size).putInt(size).putShort((short) 1).putShort((short) 24).putInt(0);
		buffer.putInt(dataSize).putInt(2835).putInt(2835).putInt(0).putInt(0);
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				buffer.put((byte) (x * 7)).put((byte) (y * 5)).put((byte) ((x + y) * 3));
			}
			for (int p = 0; p < padding; p++) {
				buffer.put((byte) 0);
			}
		}
		return buffer.array();
	}

	private static void run(String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException(command[0] + " failed: " + output);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(
					"Cannot run " + command[0] + ": these tests need Debian's dcmtk (apt-get install -y dcmtk)", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * @param pixels width and height of the image
	 * @param implicit implicit VR little endian instead of explicit
	 * @param undefinedLengths add a sequence written with undefined lengths
	 */
	public record Spec(String studyUid, String modality, String bodyPart, String studyDate, int pixels,
			boolean implicit, boolean undefinedLengths) {

		public static Spec mri(String studyUid) {
			return new Spec(studyUid, "MR", "HEAD", "20260901", 16, false, false);
		}

		public Spec implicitVr() {
			return new Spec(this.studyUid, this.modality, this.bodyPart, this.studyDate, this.pixels, true,
					this.undefinedLengths);
		}

		public Spec withUndefinedLengths() {
			return new Spec(this.studyUid, this.modality, this.bodyPart, this.studyDate, this.pixels, this.implicit,
					true);
		}

		public Spec pixels(int size) {
			return new Spec(this.studyUid, this.modality, this.bodyPart, this.studyDate, size, this.implicit,
					this.undefinedLengths);
		}

	}

}
