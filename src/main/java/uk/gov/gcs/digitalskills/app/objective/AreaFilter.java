package uk.gov.gcs.digitalskills.app.objective;

import java.util.Optional;

/** An entry of the area filter of "see all templates"; an empty area id means every area. */
public record AreaFilter(Optional<String> areaId, String label) {
    @Override
    public String toString() {
        return label;
    }
}
