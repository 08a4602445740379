// Small hand-written word lists for the rule NER baseline: written from general knowledge
// before the gold set was reviewed, not mined from it, so the baseline is not tuned on test.

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
];

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export const LOCATIONS = [
  'America', 'United States', 'USA', 'U.S.', 'US', 'UK', 'U.K.', 'Britain', 'England', 'Scotland', 'Ireland', 'Wales', 'Canada',
  'Mexico', 'Brazil', 'Argentina', 'France', 'Paris', 'Germany', 'Berlin', 'Italy', 'Rome', 'Spain', 'Madrid', 'Europe',
  'Russia', 'Moscow', 'China', 'Japan', 'Tokyo', 'India', 'Bombay', 'Mumbai', 'Korea', 'Australia', 'Sydney', 'Africa',
  'Asia', 'Vietnam', 'Iraq', 'Iran', 'Israel', 'Egypt', 'Hong Kong', 'Taiwan', 'Sweden', 'Norway', 'Denmark', 'Finland',
  'Netherlands', 'Holland', 'Amsterdam', 'Belgium', 'Switzerland', 'Austria', 'Vienna', 'Poland', 'Greece', 'Turkey',
  'London', 'New York', 'NYC', 'Manhattan', 'Brooklyn', 'Los Angeles', 'LA', 'Hollywood', 'Chicago', 'Boston', 'Texas',
  'California', 'San Francisco', 'Florida', 'Miami', 'Washington', 'Seattle', 'Las Vegas', 'Vegas', 'New Orleans',
  'Philadelphia', 'Detroit', 'Atlanta', 'Dallas', 'Houston', 'New Jersey', 'Ohio', 'Michigan', 'Virginia', 'Georgia',
  'Alaska', 'Hawaii', 'Arizona', 'Colorado', 'Oregon', 'Nevada', 'Utah', 'Montana', 'Kansas', 'Kentucky', 'Tennessee',
  'Massachusetts', 'Pennsylvania', 'Illinois', 'Minnesota', 'Wisconsin', 'Iowa', 'Missouri', 'Louisiana', 'Dublin',
  'Venice', 'Africa', 'Antarctica', 'Pacific', 'Atlantic', 'Earth', 'Mars', 'Silicon Valley', 'Nigeria', 'Singapore',
];

export const ORGANIZATIONS = [
  'Disney', 'Pixar', 'Warner', 'Warner Bros', 'MGM', 'Paramount', 'Universal', 'Fox', 'Miramax', 'Columbia', 'Sony',
  'HBO', 'BBC', 'NBC', 'CBS', 'ABC', 'PBS', 'CNN', 'MTV', 'Netflix', 'Hammer', 'RKO', 'United Artists', 'Lionsgate',
  'Academy', 'Sundance', 'Cannes', 'IMDb', 'IMDB', 'FBI', 'CIA', 'NASA', 'Nazi', 'Nazis', 'Army', 'Navy',
  'Congress', 'Senate', 'Microsoft', 'IBM', 'Apple', 'Intel', 'Google', 'Yahoo', 'AOL', 'Amazon', 'eBay', 'Red Hat',
  'Netscape', 'Oracle', 'Sun', 'HP', 'Dell', 'Compaq', 'Ximian', 'SourceForge', 'Slashdot', 'Apache', 'Debian', 'FSF',
  'GNU', 'IRS', 'FDA', 'FTC', 'SEC', 'EU', 'UN', 'NATO', 'Visa', 'MasterCard', 'PayPal', 'Nasdaq', 'NYSE', 'Reuters',
  'Salon', 'Wired', 'Time', 'Newsweek', 'ZDNet', 'CNET', 'Spamassassin', 'SpamAssassin',
];

/** Words that end an organisation name ("Acme Corp", "Hammer Studios"). */
export const ORG_SUFFIXES = [
  'Inc', 'Corp', 'Corporation', 'Ltd', 'LLC', 'Co', 'Company', 'Group', 'Studios', 'Studio', 'Pictures', 'Films', 'Records',
  'Entertainment', 'University', 'College', 'Institute', 'Network', 'Bank', 'Foundation', 'Association', 'Society', 'Agency',
  'Department', 'Party', 'Council', 'Systems', 'Software', 'Technologies', 'Communications', 'Labs', 'Channel', 'Times', 'Post',
];

/** Products, programs and works that are not films by name. */
export const MISC = [
  'Linux', 'Windows', 'Mac', 'MacOS', 'OS X', 'Unix', 'Perl', 'Python', 'Java', 'Mozilla', 'Outlook', 'Evolution', 'Emacs',
  'Razor', 'Exmh', 'Solaris', 'Excel', 'Word', 'Internet Explorer', 'Viagra', 'DVD', 'VHS', 'Christmas', 'Halloween',
  'Star Wars', 'Star Trek', 'Bible', 'Shakespeare', 'Oscar', 'Emmy', 'Golden Globe', 'English', 'French', 'German',
  'Italian', 'Spanish', 'Japanese', 'Chinese', 'American', 'British', 'Canadian', 'Australian', 'Indian', 'Russian',
  'Irish', 'Scottish', 'European', 'Asian', 'African', 'Mexican', 'Korean', 'Swedish', 'Jewish', 'Christian', 'Catholic',
  'Muslim', 'Hindi', 'Bollywood', 'Western', 'Westerns',
];

/** Capitalised words that begin sentences or titles and are not names by themselves. */
export const NOT_NAMES = [
  'I', 'A', 'An', 'The', 'This', 'That', 'These', 'Those', 'It', 'Its', 'He', 'She', 'We', 'They', 'You', 'Your', 'My',
  'His', 'Her', 'Our', 'Their', 'In', 'On', 'At', 'Of', 'For', 'And', 'But', 'Or', 'So', 'If', 'As', 'To', 'From', 'With',
  'By', 'All', 'Some', 'One', 'Two', 'What', 'Why', 'How', 'When', 'Where', 'Who', 'Which', 'There', 'Here', 'Then',
  'Not', 'No', 'Yes', 'Oh', 'OK', 'Ok', 'Well', 'Also', 'Even', 'Just', 'Still', 'After', 'Before', 'While', 'Although',
  'Though', 'However', 'Overall', 'Anyway', 'Maybe', 'Perhaps', 'Now', 'Do', 'Don', 'Did', 'Is', 'Was', 'Are', 'Were',
  'Be', 'Have', 'Has', 'Had', 'Will', 'Would', 'Can', 'Could', 'Should', 'Must', 'May', 'Let', 'Please', 'Thanks', 'Thank',
  'Hi', 'Hello', 'Dear', 'Re', 'Fw', 'Fwd', 'Subject', 'Date', 'From', 'To', 'Cc', 'Sent', 'FREE', 'Free', 'Click', 'Mr',
  'Mrs', 'Ms', 'Dr', 'Sir', 'Miss', 'Movie', 'Film', 'Great', 'Good', 'Bad', 'Very', 'Really', 'Most', 'Many', 'Every',
  'Each', 'Any', 'Both', 'Another', 'Other', 'Such', 'Only', 'Never', 'Always', 'Sometimes', 'Again', 'First', 'Second',
  'Finally', 'Spoiler', 'Spoilers', 'SPOILERS', 'SPOILER', 'Plot', 'Story', 'Acting', 'Rating', 'Note', 'PS', 'P.S.', 'TV',
  'Yet', 'Without', 'About', 'Like', 'Unlike', 'Because', 'Since', 'Until', 'Whether', 'Despite', 'Instead', 'Worst',
  'Best', 'Also', 'Nothing', 'Everything', 'Something', 'Everyone', 'Nobody', 'Someone', 'Later', 'Meanwhile', 'Once',
  'Look', 'See', 'Watch', 'Go', 'Get', 'Make', 'Take', 'Give', 'Buy', 'Order', 'Call', 'Send', 'Read', 'Visit', 'Remember',
  'Sorry', 'Wow', 'Oops', 'Yeah', 'Hmm', 'Ugh', 'God', 'Lord', 'Mom', 'Dad', 'Mother', 'Father', 'Man', 'Woman', 'Girl', 'Boy',
];
