package io.reportqa.ingest;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/** A reader that checks the document's time at every read, so a parser fed from it stops when time is up. */
final class BudgetReader extends FilterReader {

    private final ParseBudget budget;

    BudgetReader(Reader in, ParseBudget budget) {
        super(in);
        this.budget = budget;
    }

    @Override
    public int read() throws IOException {
        budget.checkTime();
        return super.read();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        budget.checkTime();
        return super.read(buffer, offset, length);
    }
}
