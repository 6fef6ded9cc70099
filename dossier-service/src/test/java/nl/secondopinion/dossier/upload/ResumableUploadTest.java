package nl.secondopinion.dossier.upload;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import nl.secondopinion.dossier.document.UploadMetadata;
import nl.secondopinion.dossier.upload.ResumableUpload.Check;
import nl.secondopinion.dossier.upload.ResumableUpload.Piece;
import nl.secondopinion.dossier.upload.ResumableUpload.Status;
import nl.secondopinion.dossier.upload.ResumableUpload.Writer;

import static org.assertj.core.api.Assertions.assertThat;

/** The offset rules of tus for a request that appends. */
class ResumableUploadTest {

	private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

	private static final int MAX_PIECES = 3;

	private static ResumableUpload upload(long length, long... pieceLengths) {
		List<Piece> pieces = new ArrayList<>();
		long offset = 0;
		for (long pieceLength : pieceLengths) {
			pieces.add(new Piece("c" + pieces.size(), offset, pieceLength));
			offset += pieceLength;
		}
		return new ResumableUpload("u-1", "r-1", "anna", new UploadMetadata("OTHER", null, null, null, null),
				"scan.dcm", length, offset, pieces, null, Status.RECEIVING, null, NOW, NOW, pieces.size());
	}

	@Nested
	class Offset {

		@Test
		void aRequestGoesOnAtTheStoredOffsetOnly() {
			ResumableUpload upload = upload(1000, 300);

			assertThat(upload.check(300, 700, MAX_PIECES)).isEqualTo(Check.ACCEPTED);
			assertThat(upload.check(300, 10, MAX_PIECES)).isEqualTo(Check.ACCEPTED);
			assertThat(upload.check(0, 1000, MAX_PIECES)).isEqualTo(Check.OFFSET_MISMATCH);
			assertThat(upload.check(299, 1, MAX_PIECES)).isEqualTo(Check.OFFSET_MISMATCH);
			assertThat(upload.check(301, 1, MAX_PIECES)).isEqualTo(Check.OFFSET_MISMATCH);
		}

		@Test
		void aFreshUploadStartsAtZero() {
			assertThat(upload(1000).check(0, -1, MAX_PIECES)).isEqualTo(Check.ACCEPTED);
			assertThat(upload(1000).check(1, -1, MAX_PIECES)).isEqualTo(Check.OFFSET_MISMATCH);
		}

		@Test
		void aBodyWithoutDeclaredLengthIsBoundedLaterNotRefusedNow() {
			assertThat(upload(1000, 999).check(999, -1, MAX_PIECES)).isEqualTo(Check.ACCEPTED);
		}

		@Test
		void moreBytesDeclaredThanLeftIsRefused() {
			ResumableUpload upload = upload(1000, 300);

			assertThat(upload.check(300, 700, MAX_PIECES)).isEqualTo(Check.ACCEPTED);
			assertThat(upload.check(300, 701, MAX_PIECES)).isEqualTo(Check.BEYOND_LENGTH);
		}

		@Test
		void theMismatchIsToldBeforeTheLength() {
			assertThat(upload(1000, 300).check(0, 5000, MAX_PIECES)).isEqualTo(Check.OFFSET_MISMATCH);
		}

	}

	@Nested
	class Completed {

		private final ResumableUpload completed = upload(1000, 600, 400).completedAs("doc-1");

		@Test
		void askingAgainForTheEndIsAnsweredAsDone() {
			assertThat(this.completed.check(1000, 0, MAX_PIECES)).isEqualTo(Check.ALREADY_COMPLETE);
			assertThat(this.completed.check(1000, -1, MAX_PIECES)).isEqualTo(Check.ALREADY_COMPLETE);
		}

		@Test
		void anythingElseIsAMismatch() {
			assertThat(this.completed.check(600, 400, MAX_PIECES)).isEqualTo(Check.OFFSET_MISMATCH);
			assertThat(this.completed.check(1000, 1, MAX_PIECES)).isEqualTo(Check.OFFSET_MISMATCH);
		}

		@Test
		void itNamesItsDocumentAndKeepsNoPieces() {
			assertThat(this.completed.offset()).isEqualTo(1000);
			assertThat(this.completed.documentId()).isEqualTo("doc-1");
			assertThat(this.completed.contentIds()).isEmpty();
		}

	}

	@Nested
	class Pieces {

		@Test
		void anUploadInTooManyPiecesCannotGoOn() {
			assertThat(upload(1000, 1, 1).check(2, -1, MAX_PIECES)).isEqualTo(Check.ACCEPTED);
			assertThat(upload(1000, 1, 1, 1).check(3, -1, MAX_PIECES)).isEqualTo(Check.TOO_FRAGMENTED);
		}

		@Test
		void theContentOfARequestThatHeldTheUploadIsKnownForRemoval() {
			ResumableUpload held = new ResumableUpload("u-1", "r-1", "anna",
					new UploadMetadata("OTHER", null, null, null, null), null, 1000, 300,
					List.of(new Piece("c0", 0, 300)), new Writer("t", "c1", NOW.plusSeconds(60)), Status.RECEIVING,
					null, NOW, NOW, 2);

			assertThat(held.contentIds()).containsExactly("c0", "c1");
			assertThat(held.heldAt(NOW)).isTrue();
			assertThat(held.heldAt(NOW.plusSeconds(60))).isFalse();
		}

	}

}
