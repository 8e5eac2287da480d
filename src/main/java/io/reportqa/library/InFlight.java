package io.reportqa.library;

import io.reportqa.model.Report;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The reports that uploads in progress are adding, held from the moment each upload is parsed until it is
 * committed or refused. A second upload of a report already on its way is refused at once, without waiting for
 * the first one's embedding to end. Reports are told apart by id and place, as the library tells duplicates.
 */
final class InFlight {

    private final Set<String> held = new HashSet<>();

    /**
     * Holds the reports for one upload, adding their keys to {@code mine}; holds none of them when one is held
     * already (by another upload, or by an earlier file of the same one).
     *
     * @throws LibraryException a duplicate, naming the report
     */
    synchronized void hold(Collection<Report> reports, Set<String> mine) {
        Set<String> keys = new HashSet<>();
        for (Report r : reports) {
            String key = key(r);
            if (held.contains(key) || !keys.add(key)) {
                throw new LibraryException(LibraryException.Kind.DUPLICATE, "报告 " + r.id()
                        + " 正在由另一次上传加入 / report '" + r.id() + "' is being added by another upload");
            }
        }
        held.addAll(keys);
        mine.addAll(keys);
    }

    synchronized void release(Set<String> mine) {
        held.removeAll(mine);
    }

    private static String key(Report r) {
        return r.id() + "\t" + r.place().name();
    }
}
