"""What a festival pack describes: the festival, its agencies and their innovations."""

from __future__ import annotations

from dataclasses import dataclass, field

LANGUAGES = ("id", "en")
# Categories the translation catalogue knows (context "Category"): an innovation in one of
# them shows its category in the visitor's language; any other is shown as the pack has it.
COMMON_CATEGORIES = (
    "Administrasi Kependudukan",
    "Ekonomi",
    "Infrastruktur",
    "Kebencanaan",
    "Kesehatan",
    "Layanan Publik",
    "Lingkungan Hidup",
    "Pariwisata",
    "Pendidikan",
    "Perlindungan Sosial",
    "Pertanian",
    "Tata Kelola Pemerintahan",
    "Tata Ruang",
    "Transformasi Digital",
)


@dataclass(frozen=True)
class Text:
    """A text in Indonesian with its English translation (English may be empty)."""

    id: str
    en: str = ""

    def get(self, lang: str) -> str:
        """The text in `lang`, falling back to Indonesian when no translation exists."""
        if lang == "en" and self.en:
            return self.en
        return self.id


@dataclass(frozen=True)
class VotingRules:
    """The festival's voting rules; the pack sets them, staff cannot."""

    min_dwell_seconds: float = 5.0
    max_votes_per_session: int = 3
    cooldown_seconds: float = 8.0
    idle_seconds: float = 45.0
    idle_warning_seconds: float = 15.0
    opening_time: str = "08:00"
    closing_time: str = "21:00"


@dataclass(frozen=True)
class CardRules:
    """Card mode: a vote needs a ballot card signed by the organizers (see kiosk.pack.cards).

    Off by default: the festival then votes without cards.
    """

    enabled: bool = False
    public_key: str = ""  # the organizers' Ed25519 public key, base64 of its 32 bytes
    quota: int = 3  # votes per card over the whole festival, all booths together
    # Batches the organizers withdrew (lost or stolen) before this pack was made: the
    # booth refuses their cards, and the merge lists their votes (with --revoke-batch's).
    revoked_batches: tuple[int, ...] = ()


@dataclass(frozen=True)
class Branding:
    primary: str = "#0B4F6C"
    accent: str = "#F2A541"
    background: str = "#F7F5F0"
    text: str = "#1B1B1B"
    logo: str = ""  # pack-relative path of the logo, or "" for none


@dataclass(frozen=True)
class Service:
    """A public service an agency asks about in its satisfaction survey (SKM)."""

    code: str  # slug, e.g. "ktp-el"
    name: Text
    population: int | None = None  # yearly service users, for the Krejcie-Morgan sample size


@dataclass(frozen=True)
class Agency:
    code: str
    name: str
    short_name: str
    booth: str  # booth label on the square, e.g. "A3"
    map_x: float = 0.5  # position on the festival map, 0..1 from the left
    map_y: float = 0.5  # position on the festival map, 0..1 from the top
    survey_enabled: bool = False  # the booth offers the SKM questionnaire
    survey_services: tuple[Service, ...] = ()  # the services a visitor may rate, in order

    @property
    def has_survey(self) -> bool:
        """True when visitors at this agency's booth may fill in the SKM."""
        return self.survey_enabled and bool(self.survey_services)

    def survey_service(self, code: str) -> Service:
        """The survey service with `code` (KeyError if the agency has none such)."""
        for service in self.survey_services:
            if service.code == code:
                return service
        raise KeyError(code)


@dataclass(frozen=True)
class MapPoint:
    """A place on the festival map, 0..1 from the left and from the top."""

    x: float
    y: float


@dataclass(frozen=True)
class FestivalMap:
    """What the festival map shows besides the booths, where the pack gives it."""

    entrances: tuple[MapPoint, ...] = ()
    stage: MapPoint | None = None
    # Where north points, in degrees clockwise from the top of the map (0: north is up);
    # None when the pack does not say.
    north: float | None = None


@dataclass(frozen=True)
class Photo:
    file: str  # pack-relative path, e.g. "media/jalan-1.jpg"
    caption: Text = Text("")


@dataclass(frozen=True)
class Video:
    """A clip of an innovation: the file, its poster, its title and caption files."""

    file: str  # pack-relative path, e.g. "media/jalan.mp4"
    poster: str = ""  # pack-relative image, or "" for a frame taken from the clip
    title: Text = Text("")
    captions: tuple[tuple[str, str], ...] = ()  # (language, pack-relative .vtt/.srt)


@dataclass(frozen=True)
class VideoLimits:
    """What a pack allows for each clip (the pack's `festival.video`)."""

    max_seconds: int = 180
    max_megabytes: int = 200


@dataclass(frozen=True)
class Innovation:
    slug: str
    agency: str  # agency code
    title: Text
    summary: Text
    story: Text
    category: str
    year_started: int
    url: str
    contact: str
    photos: tuple[Photo, ...] = ()
    videos: tuple[Video, ...] = ()


@dataclass(frozen=True)
class Festival:
    slug: str
    name: Text
    venue: str
    starts_on: str  # ISO date
    ends_on: str  # ISO date
    timezone: str = "Asia/Jakarta"
    branding: Branding = field(default_factory=Branding)
    voting: VotingRules = field(default_factory=VotingRules)
    cards: CardRules = field(default_factory=CardRules)
    agencies: tuple[Agency, ...] = ()
    innovations: tuple[Innovation, ...] = ()
    sample_data: bool = False  # True for the generated demo festival
    video_limits: VideoLimits = field(default_factory=VideoLimits)
    map: FestivalMap = field(default_factory=FestivalMap)

    def agency(self, code: str) -> Agency:
        for agency in self.agencies:
            if agency.code == code:
                return agency
        raise KeyError(code)

    def innovations_of(self, code: str) -> tuple[Innovation, ...]:
        return tuple(i for i in self.innovations if i.agency == code)
