// SPDX-License-Identifier: Apache-2.0
#include "authchallenge.h"

using namespace Qt::StringLiterals;

namespace Berth::Oci {

namespace {

bool isTokenChar(QChar c)
{
    static const QString extra = u"!#$%&'*+-.^_`|~"_s;
    return c.isLetterOrNumber() || extra.contains(c);
}

class Scanner
{
public:
    explicit Scanner(const QString &text)
        : m_text(text)
    { }
    bool atEnd()
    {
        skipSpaces();
        return m_pos >= m_text.size();
    }
    void skipSpaces()
    {
        while (m_pos < m_text.size() && (m_text[m_pos] == u' ' || m_text[m_pos] == u'\t'))
            ++m_pos;
    }
    QChar peek()
    {
        skipSpaces();
        return m_pos < m_text.size() ? m_text[m_pos] : QChar();
    }
    bool take(QChar c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    QString token()
    {
        skipSpaces();
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && isTokenChar(m_text[m_pos]))
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }
    QString quoted()
    {
        // Called after the opening quote.
        QString out;
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos++];
            if (c == u'\\' && m_pos < m_text.size())
                out += m_text[m_pos++];
            else if (c == u'"')
                return out;
            else
                out += c;
        }
        return out;
    }
    qsizetype position() const { return m_pos; }
    void seek(qsizetype pos) { m_pos = pos; }
    QString rest() { return m_text.mid(m_pos); }

private:
    QString m_text;
    qsizetype m_pos = 0;
};

} // namespace

QList<AuthChallenge> AuthChallenge::parse(const QString &header)
{
    QList<AuthChallenge> out;
    Scanner s(header);
    while (!s.atEnd()) {
        if (s.take(u',')) // empty list elements
            continue;
        const QString scheme = s.token();
        if (scheme.isEmpty()) {
            s.seek(s.position() + 1); // skip garbage
            continue;
        }
        AuthChallenge challenge;
        challenge.scheme = scheme.toLower();
        // Parameters until the next "scheme" (a token not followed by '=').
        while (!s.atEnd()) {
            const qsizetype mark = s.position();
            s.take(u',');
            const QString name = s.token();
            if (name.isEmpty())
                break;
            if (!s.take(u'=')) {
                s.seek(mark); // the start of the next challenge
                break;
            }
            if (s.peek() == u'=') {
                // token68 ("abc==="): keep as is.
                while (s.take(u'=')) { }
                continue;
            }
            QString value;
            if (s.take(u'"'))
                value = s.quoted();
            else
                value = s.token();
            challenge.params.insert(name.toLower(), value);
        }
        out.append(challenge);
    }
    return out;
}

QString nextLink(const QString &header)
{
    // Link: <url>; rel="next", <url2>; rel="prev"
    qsizetype pos = 0;
    while (true) {
        const qsizetype open = header.indexOf(u'<', pos);
        if (open < 0)
            return {};
        const qsizetype close = header.indexOf(u'>', open);
        if (close < 0)
            return {};
        const QString target = header.mid(open + 1, close - open - 1);
        qsizetype end = header.indexOf(u'<', close);
        const QString params = header.mid(close + 1, end < 0 ? -1 : end - close - 1);
        for (QString p : params.split(u';')) {
            p = p.trimmed();
            if (p.startsWith(u"rel"_s, Qt::CaseInsensitive)) {
                QString value = p.section(u'=', 1).trimmed();
                if (value.startsWith(u'"'))
                    value = value.mid(1, value.size() - 2);
                if (value.split(u' ').contains(u"next"_s))
                    return target;
            }
        }
        if (end < 0)
            return {};
        pos = end;
    }
}

} // namespace Berth::Oci
